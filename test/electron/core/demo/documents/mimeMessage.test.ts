import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMail, quotedPrintable } from '../../../../../electron/core/demo/documents/mimeMessage.ts';

describe('the demo’s MIME composer', () => {
  it('writes quoted-printable lines under 77 columns that decode to the text, accents and euro sign included', async () => {
    const text = `Geachte heer Çelik,\n\nHet bedrag van € 1.234,56 = het totaal. ${'Een lange regel zonder einde '.repeat(6)}\nGroet `;
    const encoded = quotedPrintable(text);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    const mail = await simpleParser(
      Buffer.from(
        composeMail({
          from: { name: 'Zoë Çelik', address: 'zoe@example.nl' },
          to: { name: 'Incasso', address: 'info@example.nl' },
          subject: 'Vraag over € 12,50',
          date: '2026-03-02',
          time: '08:15',
          messageId: 'a.1@example.nl',
          text,
          attachments: [{ fileName: 'bijlage.txt', contentType: 'text/plain', content: new TextEncoder().encode('inhoud') }],
        }),
      ),
    );
    expect(mail.text?.replace(/\n$/, '')).toBe(text);
    expect(mail.subject).toBe('Vraag over € 12,50');
    expect(mail.from?.value[0]).toEqual({ name: 'Zoë Çelik', address: 'zoe@example.nl' });
    expect(mail.date?.toISOString()).toBe('2026-03-02T07:15:00.000Z');
    expect(mail.attachments.map((a) => [a.filename, a.content.toString('utf8')])).toEqual([['bijlage.txt', 'inhoud']]);
  });
});
