export { MAX_IMPORT_BYTES, decodeText, importFile, readImportFile } from './readImportFile';
