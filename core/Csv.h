// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace core {

/// Splits one CSV record (RFC 4180: fields in double quotes may hold commas and doubled quotes);
/// nullopt when a quote is left open.
[[nodiscard]] std::optional<QStringList> splitCsv(const QString& line);
/// A field as CSV writes it: quoted when it holds a comma, a quote or a line break.
[[nodiscard]] QString csvField(const QString& value);

/// One record of a CSV text, with the line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    std::optional<QStringList> fields; ///< nullopt: a quote left open
};
/// The records of a whole CSV text: a byte order mark and CR LF line ends are accepted, quoted
/// fields may span lines, blank lines are skipped.
[[nodiscard]] std::vector<CsvRecord> readCsv(const QString& text);

} // namespace core
