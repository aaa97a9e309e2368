// SHA-256 through OpenSSL's libcrypto (a maintained, audited implementation).
#pragma once

#include <string>
#include <string_view>

namespace dossier {

// Lower-case hex SHA-256 of DATA.
std::string sha256_hex(std::string_view data);

}  // namespace dossier
