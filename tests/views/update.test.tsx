import { act, screen } from '@testing-library/react';
import { updateStore } from '../../src/offline/updateStore';
import { renderRoute } from '../renderRoute';

describe('a new version of the explainer', () => {
  it('is offered to the reader, and applied only when they ask', async () => {
    const { user } = renderRoute('/timeline');
    expect(screen.queryByText(/A new version of this explainer is ready/)).not.toBeInTheDocument();
    const applyUpdate = vi.fn();
    act(() => updateStore.offer(applyUpdate));
    expect(screen.getByText('A new version of this explainer is ready.')).toBeInTheDocument();
    expect(applyUpdate).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(applyUpdate).toHaveBeenCalledOnce();
  });
});
