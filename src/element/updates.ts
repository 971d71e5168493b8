/** The signed update channel every widget on the page asks, unless one names its own (`channel`). */
let pageChannel: string | undefined;

/**
 * Where the signed update channel lives for every widget on this page (a folder with `<lang>/<slug>.json` and its
 * `.sig`): a mirror of the package's `dist/channel/`, say. Default: the CDN path of the package's major version.
 */
export function setChannel(url: string | undefined): void {
  pageChannel = url;
}

export const channelFor = (own: string | undefined): string | undefined => own || pageChannel;
