// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatCount, Pagination } from './pagination';

afterEach(cleanup);

describe('Pagination', () => {
  it('shows an exact total and stops at the last page', () => {
    render(<Pagination page={1} pageSize={25} total={40} onPageChange={() => undefined} />);
    expect(screen.getByText('26–40 of 40')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('a capped total reads "1,000+", has no page count and keeps Next', async () => {
    const onPageChange = vi.fn();
    render(<Pagination page={39} pageSize={25} total={1000} totalCapped onPageChange={onPageChange} />);
    expect(screen.getByText('976–1,000 of 1,000+')).toBeInTheDocument();
    expect(screen.getByText('Page 40')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPageChange).toHaveBeenCalledWith(40);
  });

  it('formats capped counts in the locale', () => {
    expect(formatCount(1000, 'pt-BR', true)).toBe('1.000+');
    expect(formatCount(12, 'en')).toBe('12');
  });
});
