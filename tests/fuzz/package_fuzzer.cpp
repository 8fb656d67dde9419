// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the package reader (docs/package-format.md): readPackage() on the bytes and,
// when they are a good package, the payload readers on its payload; and the payload readers on the
// bytes taken as JSON, to reach them without a valid signature. Built and run by scripts/fuzz.sh.
//
// Beyond "no crash, no sanitizer report", it checks two properties and aborts when they fail:
// a package that reads has the whole file's hash, and a payload that reads writes back (toJson)
// to JSON that reads as the same payload.
#include "core/Package.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "package_fuzzer: property failed: %s\n", what);
        std::abort();
    }
}

/// Every payload reader on `payload`; what one accepts must survive toJson() and a second reading.
void readPayloads(const QJsonObject& payload)
{
    if (const auto report = core::reportPayload(payload)) {
        const auto again = core::reportPayload(core::toJson(*report));
        require(again.has_value() && *again == *report, "report payload round trip");
    }
    if (const auto ret = core::returnPayload(payload)) {
        const auto again = core::returnPayload(core::toJson(*ret));
        require(again.has_value() && *again == *ret, "return payload round trip");
    }
    if (const auto templ = core::templatePayload(payload)) {
        const auto again = core::templatePayload(core::toJson(*templ));
        require(again.has_value() && *again == *templ, "template payload round trip");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    if (const auto package = core::readPackage(bytes)) {
        require(package->sha256 == core::sha256Hex(bytes).toLatin1(), "package sha256 is the file's");
        require(package->header.format == core::PackageFormatVersion, "format of a package that reads");
        readPayloads(package->payload);
    }

    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && json.isObject())
        readPayloads(json.object());
    return 0;
}
