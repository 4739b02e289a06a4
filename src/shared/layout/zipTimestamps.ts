/**
 * Sets every entry's modification time in a zip archive (local headers and central directory) to
 * one fixed moment. docx's packer stamps the current time, which would make two exports of the same
 * report differ byte for byte; the compressed data and CRCs do not depend on the time.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function dosDateTime(date: Date): { time: number; day: number } {
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day =
    ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

export function fixZipTimestamps(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('DOCX 打包结果不是有效的 zip 文件');
  const { time, day } = dosDateTime(date);
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== CENTRAL_SIGNATURE)
      throw new Error('DOCX 打包结果的 zip 目录损坏');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, day, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL_SIGNATURE)
      throw new Error('DOCX 打包结果的 zip 文件头损坏');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    p +=
      46 +
      view.getUint16(p + 28, true) +
      view.getUint16(p + 30, true) +
      view.getUint16(p + 32, true);
  }
  return out;
}
