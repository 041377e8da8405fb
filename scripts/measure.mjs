// What the size scripts share: the one way a byte count is taken (brotli
// -q 11, the size a reader downloads from a host that compresses well) and
// the command-line option reader.
import zlib from "node:zlib";

/** The brotli -q 11 size of `buf`, in bytes. */
export const brotliSize = (buf) =>
  zlib.brotliCompressSync(buf, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

/** Takes `name VALUE` out of `args` and returns VALUE, or undefined. */
export const takeOption = (args, name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
