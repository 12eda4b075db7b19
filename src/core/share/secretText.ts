// Credentials inside a value that is otherwise fine to share: `user:pass@` in a
// broker list or a URL, and `password = '…'` pairs inside a longer setting value
// (an inline disk definition, for instance). Each function returns the cleaned
// text and the credential texts it took out, so the caller can name what was
// removed and scrub the same texts from anything already rendered.

export interface Stripped {
  text: string;
  /** The credential texts removed, as they were written (`alice:s3cret`). */
  found: string[];
}

// An optional opening quote (the value may be an SQL literal) and an optional
// scheme. Kafka protocols such as SASL_SSL have an underscore, which RFC 3986
// schemes do not; accept it.
const ENTRY_HEAD = /^(\s*'?\s*(?:[a-z][a-z0-9+._-]*:\/\/)?)([\s\S]*)$/i;

/**
 * `user:pass@` removed from each comma-separated entry of a broker list,
 * with or without a scheme (`alice:s3cret@b1:9092,SASL_SSL://bob@b2:9093`).
 * A host never contains `@` (an IPv6 literal is `[::1]:9092`), so everything
 * up to the entry's last `@` is user information, even when the password
 * itself contains `@` or `:`. A password containing a comma cannot be told
 * from the next entry; ClickHouse splits the list at commas too, so such a
 * list never worked anyway.
 */
export function stripBrokerUserinfo(list: string): Stripped {
  const found: string[] = [];
  const text = list
    .split(',')
    .map((entry) => {
      const [, head = '', rest = ''] = ENTRY_HEAD.exec(entry) ?? [];
      const at = rest.lastIndexOf('@');
      if (at < 0) return entry;
      found.push(rest.slice(0, at));
      return head + rest.slice(at + 1);
    })
    .join(',');
  return { text, found };
}

// `scheme://userinfo@` anywhere in a value. The user information runs to the
// last `@` before the authority ends (white space, quote, `/`, `?` or `#`);
// commas are allowed in it so an unencoded password with a comma is still
// caught, at the price of over-removing in a comma-separated list of URLs.
const URL_USERINFO = /([a-z][a-z0-9+._-]*:\/\/)([^\s/?#'"]*)@/gi;

/** `scheme://user:pass@host` → `scheme://host`, for every URL in the value. */
export function stripUrlUserinfo(value: string): Stripped {
  const found: string[] = [];
  const text = value.replace(URL_USERINFO, (_m, scheme: string, info: string) => {
    found.push(info);
    return scheme;
  });
  return { text, found };
}

// `name = 'value'` inside a longer value, as in
// `disk(type = s3, endpoint = '…', secret_access_key = '…')`.
const QUOTED_PAIR = /\b([a-z_][\w.]*)(\s*=\s*)'((?:[^'\\]|\\.|'')*)'/gi;

/** Every quoted value of a pair whose name is a credential becomes `''`. */
export function blankSecretPairs(value: string, isSecretName: (name: string) => boolean): Stripped {
  const found: string[] = [];
  const text = value.replace(QUOTED_PAIR, (whole, name: string, eq: string, inner: string) => {
    if (!isSecretName(name) || inner === '') return whole;
    found.push(inner);
    return `${name}${eq}''`;
  });
  return { text, found };
}

/** The pieces of a found credential worth scrubbing on their own: `user:pass` → also `user` and `pass`. */
export function credentialParts(found: string): string[] {
  const parts = [found];
  const colon = found.indexOf(':');
  if (colon >= 0) parts.push(found.slice(0, colon), found.slice(colon + 1));
  for (const p of [...parts]) {
    try {
      const decoded = decodeURIComponent(p);
      if (decoded !== p) parts.push(decoded);
    } catch {
      // Not percent-encoded text; the raw form is already listed.
    }
  }
  return parts.filter((p) => p.trim() !== '');
}
