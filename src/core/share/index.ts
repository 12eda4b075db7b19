export { decodeShare, encodeShare, encodeShareDetailed, hasSharedDesign, shareUrl, topicsWithSamples, MAX_DESIGN_BYTES } from './shareLink';
export type { DecodedShare, EncodedShare, ShareContent } from './shareLink';
export { DEFAULT_FLAGS, fragmentParams, readFlags, writeFlags } from './flags';
export type { ShareFlags, ShareTheme, ShareView } from './flags';
export { isSecretSetting, redactText, removeSecrets, secretsIn, REDACTED } from './secrets';
export type { SecretRemoval } from './secrets';
