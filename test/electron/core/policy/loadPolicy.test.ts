import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterAll, describe, it, expect } from 'vitest';
import { PolicyError, defaultPolicyFile, loadDefaultPolicy, loadPolicy } from '../../../../electron/core/policy/loadPolicy.ts';
import { locateJsonError } from '../../../../electron/core/policy/locateJsonError.ts';

const dir = mkdtempSync(join(tmpdir(), 'inzage-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text, 'utf8');
  return file;
}

/** The PolicyError `loadPolicy(file)` throws. */
function failure(file: string): PolicyError {
  try {
    loadPolicy(file);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error(`${file} loaded without error`);
}

describe('loadPolicy', () => {
  it('finds and loads the bundled register', () => {
    const file = defaultPolicyFile();
    expect(isAbsolute(file)).toBe(true);
    expect(file.replaceAll('\\', '/')).toMatch(/\/resources\/policy\/alektum-nl\.policy\.json$/);
    expect(existsSync(file)).toBe(true);
    const policy = loadPolicy(file);
    expect(policy.organisation.name).toBe('Alektum Group');
    expect(policy.supervisoryAuthority.postalAddress.lines).toEqual(['Postbus 93374']);
  });

  it('caches the default register', () => {
    expect(loadDefaultPolicy()).toBe(loadDefaultPolicy());
  });

  it('accepts a byte-order mark', () => {
    const file = write('bom.policy.json', `\uFEFF${readFileSync(defaultPolicyFile(), 'utf8')}`);
    expect(loadPolicy(file).id).toBe('alektum-nl');
  });

  it('names file, line and column of a JSON syntax error', () => {
    const file = write('syntax.policy.json', '{\n  "schemaVersion": 1,\n  "id": }\n');
    const error = failure(file);
    expect(error.message).toBe(`${file}:3:9: invalid JSON: expected a value but found "}"`);
    expect(error.file).toBe(file);
  });

  it('names the position of a trailing comma and of a truncated file', () => {
    expect(failure(write('comma.policy.json', '{\n  "a": [1, 2,],\n}')).message).toMatch(
      /comma\.policy\.json:2:14: invalid JSON: expected a value but found "]"/,
    );
    expect(failure(write('cut.policy.json', '{\n  "a": "b')).message).toMatch(/cut\.policy\.json:2:10: invalid JSON: unterminated string/);
  });

  it('names the file and each failing field path with the schema message', () => {
    const doc = JSON.parse(readFileSync(defaultPolicyFile(), 'utf8'));
    doc.purposes[2].legalBases[0].article = '6(1)(g)';
    doc.recordKinds.payments.purposes[1] = 'nonexistent';
    const file = write('schema.policy.json', JSON.stringify(doc, null, 2));
    const error = failure(file);
    expect(error.message.split('\n')).toEqual([
      `${file}: purposes[2].legalBases[0].article: expected a legal basis such as "6(1)(f)", "9(2)(a)" or "10"`,
      `${file}: recordKinds.payments.purposes[1]: unknown purpose "nonexistent"`,
    ]);
    expect(error.issues.map((i) => i.path)).toEqual(['purposes[2].legalBases[0].article', 'recordKinds.payments.purposes[1]']);
  });

  it('reports every failing field, one per line', () => {
    const doc = JSON.parse(readFileSync(defaultPolicyFile(), 'utf8'));
    delete doc.organisation.name;
    doc.retentionRules[1].period.months = -1;
    const file = write('many.policy.json', JSON.stringify(doc));
    expect(failure(file).message.split('\n')).toEqual([
      `${file}: organisation.name: Invalid input: expected string, received undefined`,
      `${file}: retentionRules[1].period.months: Too small: expected number to be >=0`,
    ]);
  });

  it('says clearly when the file does not exist', () => {
    const file = join(dir, 'missing.policy.json');
    const error = failure(file);
    expect(error.message).toBe(`${file}: cannot read the processing register: no such file`);
  });
});

describe('locateJsonError', () => {
  it('agrees with JSON.parse on what is valid', () => {
    const valid = ['{}', '[]', ' 0 ', '-1.5e+3', '"a\\u00e9\\n"', '{"a": [true, false, null, {"b": "c"}]}', '\n[\n1,\n2\n]\n'];
    for (const text of valid) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(locateJsonError(text)).toBeNull();
    }
    const invalid = ['', '{', '{"a" 1}', '[1 2]', '01', '"\\x"', '"a\tb"', '{"a": 1} x', "{'a': 1}", 'nul', '[1,]', '-'];
    for (const text of invalid) {
      expect(() => JSON.parse(text)).toThrow();
      expect(locateJsonError(text), text).not.toBeNull();
    }
  });

  it('counts lines and columns from 1', () => {
    expect(locateJsonError('[\n  1,\n  x]')).toMatchObject({ line: 3, column: 3 });
    expect(locateJsonError('{"a": 1} x')).toMatchObject({ line: 1, column: 10, message: 'unexpected "x" after the end of the document' });
  });
});
