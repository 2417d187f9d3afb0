// The fuzzers' executable: libFuzzer brings main and calls LLVMFuzzerTestOneInput from the linked
// harness library. Nothing else is needed here.
