// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

using namespace Qt::StringLiterals;

namespace core {

std::optional<QStringList> splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    fields << field;
    return fields;
}

QString csvField(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

std::vector<CsvRecord> readCsv(const QString& text)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    body.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = body.split(u'\n');
    std::vector<CsvRecord> records;
    QString pending;
    int start = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = static_cast<int>(i) + 1;
        if (pending.isEmpty()) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            start = lineNumber;
            pending = lines.at(i);
        } else {
            pending += u'\n' + lines.at(i);
        }
        // A record is complete when its quotes are balanced.
        if (pending.count(u'"') % 2 == 0) {
            records.push_back({start, splitCsv(pending)});
            pending.clear();
        }
    }
    if (!pending.isEmpty())
        records.push_back({start, std::nullopt});
    return records;
}

} // namespace core
