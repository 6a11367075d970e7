// Shares the chart PNG in a channel with Slack's external upload flow
// (https://docs.slack.dev/messaging/working-with-files#uploading_files; files.upload is
// retired): files.getUploadURLExternal, a POST of the bytes to the URL it returns,
// then files.completeUploadExternal into the channel. The three steps are called one
// by one, not through filesUploadV2, so each gets the digest retry policy, and so
// that the alt text goes as alt_txt, the name the method documents (the SDK sends alt_text).
import { webApi } from '@slack/bolt';
import { z } from 'zod';
import { callWithRetry, type RetryContext, type RetryResult } from './call-with-retry.js';
import type { SlackFailure } from './classify-slack-failure.js';

export interface ChartUpload {
  readonly channelId: string;
  /** The digest message the chart is threaded under. */
  readonly threadTs: string;
  readonly png: Buffer;
  readonly filename: string;
  readonly title: string;
  readonly altText: string;
  /** The message text above the file in the thread: mrkdwn, already escaped. */
  readonly initialComment: string;
}

export interface ChartUploadDependencies {
  readonly client: webApi.WebClient;
  readonly requestTimeoutMs: number;
  readonly retry: Omit<RetryContext, 'step'>;
  /** Waits for the channel's next slot: completing the upload posts a message. */
  readonly pace: () => Promise<void>;
}

export type ChartUploadResult = { readonly ok: true; readonly fileId: string } | { readonly ok: false; readonly step: string; readonly failure: SlackFailure };

const uploadUrlSchema = z.object({ upload_url: z.url(), file_id: z.string().min(1) });

// The upload URL is Slack's file service, not the Web API: it answers 200 with text.
// Its failures are raised as the WebClient's error classes so one classifier serves all steps.
async function postBytes(url: string, png: Buffer, timeoutMs: number): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(png), redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new webApi.WebAPIRequestError(error instanceof Error ? error : new Error(String(error)));
  }
  const body = await response.text().catch(() => '');
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  if (response.status === 429 && !Number.isNaN(retryAfter)) throw new webApi.WebAPIRateLimitedError(retryAfter);
  if (response.status !== 200) throw new webApi.WebAPIHTTPError(response.status, response.statusText, Object.fromEntries(response.headers.entries()), body.slice(0, 500));
}

/** Uploads `upload.png` and shares it in the thread; the file id, or the step and failure that stopped it. Never rejects. */
export async function uploadDigestChart(upload: ChartUpload, dependencies: ChartUploadDependencies): Promise<ChartUploadResult> {
  const { client, retry } = dependencies;
  const step = <T>(name: string, call: () => Promise<T>): Promise<RetryResult<T>> => callWithRetry(call, { ...retry, step: name });

  const target = await step('files.getUploadURLExternal', async () => {
    const result = await client.apiCall('files.getUploadURLExternal', { filename: upload.filename, length: upload.png.length, alt_txt: upload.altText });
    return uploadUrlSchema.parse(result);
  });
  if (!target.ok) return { ok: false, step: 'files.getUploadURLExternal', failure: target.failure };

  const posted = await step('upload', () => postBytes(target.value.upload_url, upload.png, dependencies.requestTimeoutMs));
  if (!posted.ok) return { ok: false, step: 'upload', failure: posted.failure };

  await dependencies.pace();
  const shared = await step('files.completeUploadExternal', () =>
    client.files.completeUploadExternal({
      files: [{ id: target.value.file_id, title: upload.title }],
      channel_id: upload.channelId,
      thread_ts: upload.threadTs,
      initial_comment: upload.initialComment,
    }),
  );
  if (!shared.ok) return { ok: false, step: 'files.completeUploadExternal', failure: shared.failure };
  return { ok: true, fileId: target.value.file_id };
}
