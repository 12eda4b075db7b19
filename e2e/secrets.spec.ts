// Credentials and sample messages never leave with a share link, an embed or
// an image unless the user says so: checked on the link's unpacked bytes and
// on the exported SVG's text, for a design opened as a file the way a user would.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ShareView } from './pages/share';

const ROOT = join(import.meta.dirname, '..');
const PASSWORD = 'SaslPw-42x';
const SAMPLE = '{"user_id":7,"email":"jane.doe@customer.example"}';
const SECRETS = ['s3cret', 'alice', PASSWORD];

/** A built-in template, as the CLI writes it, with credentials and samples added. */
function designWithSecrets(): string {
  const file = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'bin', 'chflow.mjs'), 'template', 'kafka-dedup-replacing'], { encoding: 'utf8' }));
  for (const e of file.pipeline.entities) {
    if (e.kind === 'kafkaTopic') Object.assign(e, { brokers: 'alice:s3cret@broker:9092', samples: SAMPLE });
    if (e.kind === 'kafkaTable') {
      e.brokers = 'alice:s3cret@broker:9092';
      e.settings = { ...e.settings, kafka_security_protocol: 'sasl_ssl', kafka_sasl_mechanism: 'PLAIN', kafka_sasl_password: PASSWORD };
    }
  }
  return JSON.stringify(file);
}

/** The design text a link carries, unpacked. */
function linkText(url: string): string {
  const d = /[#&]d=([^&]+)/.exec(url)?.[1];
  expect(d, `a design in ${url.slice(0, 60)}…`).toBeTruthy();
  return inflateRawSync(Buffer.from(d!, 'base64url')).toString('utf8');
}

test('share link, embed and SVG export carry no credential; samples only when ticked', async ({ page }) => {
  const d = new ShareView(page);
  await d.open();
  await d.field('toolbar.open.input').setInputFiles({ name: 'creds.chflow.json', mimeType: 'application/json', buffer: Buffer.from(designWithSecrets()) });
  await expect.poll(async () => JSON.stringify(await d.pipeline())).toContain(PASSWORD);
  // The canvas itself shows the credentials: what the image is copied from.
  await expect(page.locator('.react-flow__node').filter({ hasText: 'alice:s3cret@broker:9092' })).toHaveCount(1);

  // Share: the samples box is there and off; the link has neither secrets nor samples.
  const link = await d.shareLink();
  const samplesBox = d.field('share.samples');
  await expect(samplesBox).toBeEnabled();
  await expect(samplesBox).not.toBeChecked();
  await expect(samplesBox.locator('xpath=..')).toContainText('anyone who has the link can read them');
  await expect(d.field('share.secrets')).toContainText('kafka_sasl_password');
  await expect(d.field('share.secrets')).toContainText('user and password in the brokers');
  let text = linkText(link);
  for (const s of SECRETS) expect(text).not.toContain(s);
  expect(text).not.toContain('customer.example');
  expect(text).toContain('broker:9092');
  expect(text).toContain('kafka_sasl_mechanism');

  // Ticked, the samples travel; the secrets still do not.
  await samplesBox.check();
  const withSamples = await d.field('share.link').inputValue();
  text = linkText(withSamples);
  expect(text).toContain('jane.doe@customer.example');
  for (const s of SECRETS) expect(text).not.toContain(s);
  await d.closeDialog('share.dialog');

  // Embed: the same, box off by default.
  await (await d.command('toolbar.embed')).click();
  await expect(d.field('embed.samples')).not.toBeChecked();
  await expect(d.field('share.secrets')).toContainText('kafka_sasl_password');
  const snippet = await d.field('embed.snippet').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
  text = linkText(src);
  for (const s of SECRETS) expect(text).not.toContain(s);
  expect(text).not.toContain('customer.example');
  await d.closeDialog('embed.dialog');

  // SVG export: the broker line reads as the redacted design's; no secret anywhere in the file.
  const svg = (await d.exportImage('svg')).bytes.toString('utf8');
  for (const s of SECRETS) expect(svg).not.toContain(s);
  expect(svg).toContain('>broker:9092<');
  expect(svg).toContain('>orders_queue<');
  await expect(page.getByText(/Secrets were left out of the image/)).toBeVisible();
  // The design on screen keeps its credentials.
  expect(JSON.stringify(await d.pipeline())).toContain(PASSWORD);
});
