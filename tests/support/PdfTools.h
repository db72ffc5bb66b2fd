#pragma once

// Reads a PDF the way a person's tools do (poppler's pdftotext, pdfinfo,
// pdffonts), so tests check what a reader sees, not what we meant to write.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pdf {

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

enum class Reading
{
    Layout,
    Flow
};

// The text of every page; no-break spaces (the Norwegian thousands
// separator) read as plain spaces and ligatures as their letters. Layout keeps lines and columns as
// on the page; Flow reads each block (a table cell) in one piece with its blanks collapsed, so text
// that wraps inside a cell can be found whole.
inline QStringList pages(const QString &fileName, Reading reading = Reading::Layout)
{
    QStringList arguments{fileName, QStringLiteral("-")};
    if (reading == Reading::Layout)
        arguments.prepend(QStringLiteral("-layout"));
    // Compatibility normalisation reads the "ﬁ" ligature as "fi" and a
    // no-break space as a space.
    const QString text =
        run(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC);
    QStringList result = text.split(QLatin1Char('\f'));
    if (!result.isEmpty() && result.last().trimmed().isEmpty())
        result.removeLast();
    if (reading == Reading::Flow) {
        for (QString &page : result)
            page = page.simplified();
    }
    return result;
}

inline QString info(const QString &fileName)
{
    return run(QStringLiteral("pdfinfo"), {fileName});
}

// One line per font: name, type, encoding, emb(edded) yes/no, ...
inline QStringList fonts(const QString &fileName)
{
    QStringList lines =
        run(QStringLiteral("pdffonts"), {fileName}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2); // the header and the dashes
}

} // namespace pdf
