import type { Page } from "playwright-core";

/** Frames the page has decoded from someone's camera tile (0 with no tile, or before the first frame). */
export const framesFrom = (page: Page, identity: string) =>
  page.evaluate((who) => {
    const video = document.querySelector<HTMLVideoElement>(
      `[data-testid="video-tile"][data-identity="${who}"] video`,
    );
    if (!video || video.videoWidth === 0) return 0;
    return video.getVideoPlaybackQuality().totalVideoFrames;
  }, identity);
