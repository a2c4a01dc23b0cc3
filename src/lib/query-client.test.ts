import { describe, expect, it, vi } from 'vitest';
import { createQueryClient, refetchAfterConflict } from './query-client';

describe('edit conflicts', () => {
  it('refetches every list after a PT409 (someone changed the row first), not after other refusals', () => {
    const client = createQueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries').mockResolvedValue();
    refetchAfterConflict(client, { code: '22023', message: 'bad' });
    refetchAfterConflict(client, { code: '42501', message: 'denied' });
    expect(invalidate).not.toHaveBeenCalled();
    refetchAfterConflict(client, { code: 'PT409', message: 'changed by someone else' });
    expect(invalidate).toHaveBeenCalledTimes(1);
  });

  it('is wired into the mutation cache of the app client', async () => {
    const client = createQueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries').mockResolvedValue();
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject({ code: 'PT409', message: 'stale' }) })
      .execute(undefined)
      .catch(() => undefined);
    expect(invalidate).toHaveBeenCalled();
  });
});
