// Imported before the generated codecs: with Long unset, protobufjs reads int64 fields as plain
// numbers, and the generated defaults are numbers too (they are computed when the module loads).
import $protobuf from "protobufjs/minimal.js";

$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
