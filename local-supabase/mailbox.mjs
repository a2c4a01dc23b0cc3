// The development mailbox: every email the local Auth "sends" (invitations) is kept here instead
// of leaving the machine, as the Supabase CLI ships Inbucket/Mailpit with `supabase start`.
//   GET /mailbox                    the messages, newest first (`?to=<address>` filters)
//   GET /mailbox/<id>               one message, its links clickable
//   GET /mailbox/messages.json      the same as JSON (`?to=` filters), for scripts and tests
// Kept in memory (the last 200), lost on restart, like Inbucket's default store. Local only: the
// page needs no key, as Inbucket on port 54324 needs none.
import crypto from 'node:crypto';
import { send, sendJson } from './http.mjs';

const keep = 200;

/**
 * @typedef {{ id: string, to: string, from: string, subject: string, text: string, html: string, links: string[], sent_at: string }} MailMessage
 */

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f5f6f8;color:#1b1f24;overflow-wrap:anywhere}
h1{font-size:1.4rem}
header{background:#1f2937;color:#fff;padding:12px 16px}header a{color:#fff}
main{max-width:860px;margin:0 auto;padding:16px}
ul{list-style:none;padding:0;margin:0}li{background:#fff;border:1px solid #d8dde3;border-radius:8px;margin:0 0 8px}
li a{display:block;padding:10px 12px;color:inherit;text-decoration:none}li a:hover{background:#eef2f7}
.meta{color:#5b6470;font-size:13px;overflow-wrap:anywhere}.subject{font-weight:600}
article{background:#fff;border:1px solid #d8dde3;border-radius:8px;padding:16px;overflow-wrap:anywhere}
.empty{color:#5b6470}
</style></head><body><header><a href="/mailbox">Development mailbox</a> · emails sent by the local Auth</header><main>${body}</main></body></html>`;
}

export function createMailbox() {
  /** @type {MailMessage[]} */
  const messages = [];

  /** Keeps an email "sent" by the local Auth. */
  function deliver(/** @type {Omit<MailMessage, 'id' | 'sent_at' | 'links'>} */ mail) {
    const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    const message = { id: crypto.randomUUID(), sent_at: new Date().toISOString(), links, ...mail };
    messages.unshift(message);
    messages.length = Math.min(messages.length, keep);
    return message;
  }

  const forRecipient = (to) => (to ? messages.filter((m) => m.to.toLowerCase() === to.toLowerCase()) : messages);

  /**
   * Serves `/mailbox...`; returns false for other paths.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  function handle(req, res, url) {
    const m = /^\/mailbox(?:\/([^/]+))?\/?$/.exec(url.pathname);
    if (!m) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(req, res, 405, { message: 'The mailbox is read-only' });
      return true;
    }
    const to = url.searchParams.get('to') ?? '';
    const html = { 'Content-Type': 'text/html; charset=utf-8' };
    if (m[1] === 'messages.json') {
      sendJson(req, res, 200, forRecipient(to));
    } else if (m[1]) {
      const msg = messages.find((x) => x.id === m[1]);
      if (!msg) send(req, res, 404, page('Not found', '<p class="empty">This message is no longer in the mailbox.</p>'), html);
      else {
        send(req, res, 200, page(msg.subject, `<p class="meta">From ${escapeHtml(msg.from)} · To ${escapeHtml(msg.to)} · ${escapeHtml(msg.sent_at)}</p>
<h1 class="subject">${escapeHtml(msg.subject)}</h1><article>${msg.html}</article>`), html);
      }
    } else {
      const list = forRecipient(to);
      const items = list
        .map((x) => `<li><a href="/mailbox/${x.id}"><span class="subject">${escapeHtml(x.subject)}</span><br><span class="meta">To ${escapeHtml(x.to)} · ${escapeHtml(x.sent_at)}</span></a></li>`)
        .join('');
      send(req, res, 200, page('Development mailbox', `<h1>Mailbox${to ? ` of ${escapeHtml(to)}` : ''}</h1>${items ? `<ul>${items}</ul>` : '<p class="empty">No emails yet.</p>'}`), html);
    }
    return true;
  }

  return { deliver, handle, messages: () => [...messages] };
}
