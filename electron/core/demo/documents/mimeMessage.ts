import { createHash } from 'node:crypto';

/**
 * A small RFC 5322 / MIME (RFC 2045–2047) composer for the demo's e-mails. The seed is synchronous
 * and must give the same bytes for the same seed, while general composers build asynchronously and draw
 * random boundaries and message ids; a demo message needs only a text part and attachments, so it is
 * written out here: CRLF line ends, the text quoted-printable, attachments base64 in 76-column lines,
 * non-ASCII header words as RFC 2047 encoded-words, the boundary derived from the content.
 * mailparser reads the result back in test/electron/core/demo/documents/mimeMessage.test.ts.
 */
export interface MailAddress {
  name: string;
  address: string;
}

export interface MailAttachment {
  fileName: string;
  contentType: string;
  content: Uint8Array;
}

export interface MailMessage {
  from: MailAddress;
  to: MailAddress;
  subject: string;
  /** ISO date and a local time "HH:MM"; written as an RFC 5322 date in Dutch winter time (+0100). */
  date: string;
  time: string;
  messageId: string;
  inReplyTo?: string;
  text: string;
  attachments?: readonly MailAttachment[];
}

const CRLF = '\r\n';
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function composeMail(message: MailMessage): Uint8Array {
  const text = quotedPrintable(message.text);
  const attachments = message.attachments ?? [];
  const headers = [
    `From: ${mailbox(message.from)}`,
    `To: ${mailbox(message.to)}`,
    `Subject: ${encodedWords(message.subject)}`,
    `Date: ${rfc5322Date(message.date, message.time)}`,
    `Message-ID: <${message.messageId}>`,
    ...(message.inReplyTo ? [`In-Reply-To: <${message.inReplyTo}>`, `References: <${message.inReplyTo}>`] : []),
    'MIME-Version: 1.0',
  ];
  const textPart = ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', text];
  if (attachments.length === 0) return utf8([...headers, ...textPart].join(CRLF) + CRLF);

  const boundary = `=_inzage_${createHash('sha256').update(message.messageId).digest('hex').slice(0, 24)}`;
  const parts = [
    textPart.join(CRLF),
    ...attachments.map((a) =>
      [
        `Content-Type: ${a.contentType}; name="${a.fileName}"`,
        `Content-Disposition: attachment; filename="${a.fileName}"`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(a.content),
      ].join(CRLF),
    ),
  ];
  const body = [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.flatMap((part) => [`--${boundary}`, part]),
    `--${boundary}--`,
    '',
  ];
  return utf8(body.join(CRLF));
}

/** Quotes a reply the way mail programs do: an attribution line, then every line of the original behind "> ". */
export function quoteReply(original: { from: MailAddress; date: string; time: string; text: string }, dutchDate: string): string {
  const quoted = original.text.split('\n').map((line) => (line ? `> ${line}` : '>'));
  return [`Op ${dutchDate} om ${original.time} schreef ${original.from.name} <${original.from.address}>:`, ...quoted].join('\n');
}

function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

function mailbox({ name, address }: MailAddress): string {
  return /^[\x20-\x7e]*$/.test(name) ? `"${name.replace(/["\\]/g, '\\$&')}" <${address}>` : `${encodedWords(name)} <${address}>`;
}

/** RFC 2047: a header with non-ASCII characters as one UTF-8 B encoded-word (short demo subjects stay under 75 columns a word). */
function encodedWords(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function rfc5322Date(isoDate: string, time: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${String(day).padStart(2, '0')} ${MONTHS[month - 1]} ${year} ${time}:00 +0100`;
}

function base64Lines(content: Uint8Array): string {
  const encoded = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += 76) lines.push(encoded.slice(i, i + 76));
  return lines.join(CRLF);
}

/** RFC 2045 § 6.7: printable ASCII as is, other bytes as =XX, lines soft-broken before 76 columns. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      let out = '';
      let column = 0;
      bytes.forEach((byte, index) => {
        const last = index === bytes.length - 1;
        const plain = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
        const token = plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        if (column + token.length > 75) {
          out += `=${CRLF}`;
          column = 0;
        }
        out += token;
        column += token.length;
      });
      return out;
    })
    .join(CRLF);
}
