// @vitest-environment jsdom
// My chats' forms on the form layer: the real supabase client and React Query; only the network
// is stubbed (MSW, src/lib/test-network.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dbError, ok, rpc, sentTo, server, setupNetwork, table } from '@/lib/test-network';
import { renderWithProviders, vitalis } from '@/lib/test-providers';
import { NewChatForm } from './new-chat-form';
import { ChatThread } from './chat-thread';

const rpcBodies = (fn: string) => sentTo(`/rest/v1/rpc/${fn}`).map((r) => r.body);
const session = {
  id: 's1', pillar: 'financial', status: 'active', title: null, phone_escalation_reason: null, phone_escalated_at: null, phone_contact_made: false,
  created_at: '2026-12-07T10:00:00Z', ended_at: null,
};

setupNetwork();
afterEach(cleanup);

describe('New chat', () => {
  it('asks for a topic next to the field (focused) and sends nothing; then starts the chat with one rpc', async () => {
    server.use(rpc('start_chat_session', () => ok(session)), table('chat_sessions', () => ok([])));
    const onStarted = vi.fn();
    renderWithProviders(<NewChatForm onStarted={onStarted} />, { org: { ...vitalis, locale: 'en' }, roles: ['member'] });
    await userEvent.click(screen.getByRole('button', { name: 'Start chat' }));
    const topic = screen.getByLabelText(/^topic/i);
    await waitFor(() => expect(topic).toHaveFocus());
    expect(topic).toHaveAccessibleDescription('Choose a topic');
    expect(rpcBodies('start_chat_session')).toEqual([]);
    await userEvent.selectOptions(topic, 'financial');
    await userEvent.type(screen.getByLabelText(/^title/i), '  Dívidas  ');
    await userEvent.click(screen.getByRole('button', { name: 'Start chat' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('s1'));
    expect(rpcBodies('start_chat_session')).toEqual([{ p_organization_id: vitalis.id, p_pillar: 'financial', p_title: 'Dívidas' }]);
    expect(topic).toHaveValue('');
  });
});

describe('Chat thread', () => {
  it('refuses a blank message; a refused message stays in the box with the reason under it', async () => {
    server.use(
      table('chat_messages', () => ok([])),
      rpc('send_chat_message', () => dbError(400, '22023', 'This chat has ended: start a new one.', 'field:content')),
    );
    renderWithProviders(<ChatThread sessionId="s1" />, { org: { ...vitalis, locale: 'en' }, roles: ['member'] });
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(box).toHaveAccessibleDescription('Write a message.'));
    expect(rpcBodies('send_chat_message')).toEqual([]);
    await userEvent.type(box, 'Preciso de ajuda');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(box).toHaveAccessibleDescription('This chat has ended: start a new one.'));
    expect(box).toHaveValue('   Preciso de ajuda');
    expect(rpcBodies('send_chat_message')).toEqual([{ p_chat_session_id: 's1', p_content: 'Preciso de ajuda' }]);
  });
});
