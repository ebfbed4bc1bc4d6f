// machine_info.hpp: what the measurements ran on (CPU, cores, memory, OS, load), for results.json
// and the report's header.
#pragma once
#include <nlohmann/json.hpp>

namespace bench {

nlohmann::json machine_info();

}  // namespace bench
