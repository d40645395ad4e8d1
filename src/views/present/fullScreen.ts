/** Puts the whole page in full screen, or takes it out; where the browser refuses, nothing happens. */
export function toggleFullScreen() {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
