import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { ROOT } from '../../helpers/fixtures';

/**
 * The W3C Web Annotation test suite's MUST assertions (tests/fixtures/web-annotation-schemas/, see its NOTICE.md),
 * compiled with Ajv for JSON Schema draft-04, the draft they are written in.
 */

const DIR = join(ROOT, 'tests/fixtures/web-annotation-schemas');
const read = (path: string) => JSON.parse(readFileSync(join(DIR, path), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const f of readdirSync(join(DIR, 'definitions'))) ajv.addSchema(read(`definitions/${f}`));

export type Check = (data: unknown) => string[];

function compile(name: string, schema: Record<string, unknown>): [string, Check] {
  const validate = ajv.compile(schema);
  return [name, (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${name}: ${e.instancePath || '/'} ${e.message ?? ''}`))];
}

/** annotations/annotationMusts.test: one check per assertion file. */
export const annotationMusts: [string, Check][] = readdirSync(join(DIR, 'annotations'))
  .sort()
  .map((f) => compile(f, read(`annotations/${f}`)));

const ref = (def: string) => ({ $ref: `collections.json#/definitions/${def}` });
const context = { type: 'object', required: ['@context'], properties: { '@context': { oneOf: [ref('contextValueFound'), ref('contextValueInArrayFound')] } } };
const id = { $ref: 'id.json#/definitions/idValueFound' };
const created = { $ref: 'otherProperties.json#/definitions/createdValidIfPresent' };
const modified = { $ref: 'otherProperties.json#/definitions/modifiedValidIfPresent' };
const rights = { $ref: 'otherProperties.json#/definitions/rightsValidIfPresent' };

/** collections/collectionMusts.test, each assertion made of the definitions it names (collections.json). */
export const collectionMusts: [string, Check][] = [
  compile('5.1-collectionContextValidated', context),
  compile('5.1-collectionIdValidated', id),
  compile('5.1-collectionTypeValidated', ref('annotationCollectionTypeValueFound')),
  compile('5.1-collectionLabelValidated', ref('labelDefinition')),
  compile('5.1-collectionTotalValidated', ref('totalDefinition')),
  compile('5.1-collectionFirstValidated', { allOf: [ref('firstValidIfPresent'), ref('firstRequiredIfTotalMoreThanZero')] }),
  compile('5.1-collectionLastValidated', ref('lastValidIfPresent')),
  compile('3.3.1-collectionCreatedValidated', created),
  compile('3.3.1-collectionModifiedValidated', modified),
  compile('3.3.6-collectionRightsValidated', rights),
];

/**
 * collections/pages/pageMusts.test, for the page embedded in a collection (5.2-pageContextValidated is left out:
 * an embedded page takes the collection's context).
 */
export const pageMusts: [string, Check][] = [
  compile('5.2-pageIdValidated', id),
  compile('5.2-pageTypeValidated', ref('annotationPageTypeValueFound')),
  compile('5.2-pageItemsValidated', ref('itemsFound')),
  compile('5.2-pageStartIndexValidated', ref('startIndexDefinition')),
  compile('5.2-pagePartOfValidated', ref('partOfValidIfPresent')),
  compile('5.2-pageNextValidated', ref('nextValidIfPresent')),
  compile('5.2-pagePrevValidated', ref('prevValidIfPresent')),
  compile('5.2-pageTotalValidated', ref('totalDefinition')),
  compile('5.2-pageLabelValidated', ref('labelDefinition')),
  compile('3.3.1-pageCreatedValidated', created),
  compile('3.3.1-pageModifiedValidated', modified),
  compile('3.3.6-pageRightsValidated', rights),
];

export function failures(checks: [string, Check][], data: unknown): string[] {
  return checks.flatMap(([, check]) => check(data));
}
