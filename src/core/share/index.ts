export { decodeShare, encodeShare, encodeShareDetailed, hasSharedDesign, shareUrl, MAX_DESIGN_BYTES } from './shareLink';
export type { DecodedShare, EncodedShare } from './shareLink';
export { DEFAULT_FLAGS, fragmentParams, readFlags, writeFlags } from './flags';
export type { ShareFlags, ShareTheme, ShareView } from './flags';
export { isSecretSetting, removeSecrets } from './secrets';
