#pragma once

#include <cstddef>
#include <cstdint>

// The entry point libFuzzer calls with each input; FuzzReplay.cpp calls it with the seeds and
// the inputs that once crashed it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size);
