#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>
#include <span>

class QCommandLineParser;

// The command table and shared helpers of knutepunkt-cli; the commands live
// in Cli.cpp (data) and CliDocuments.cpp (printed documents).

namespace knutepunkt {

class Database;

namespace cli {

enum ExitCode : int
{
    Success = 0,
    UserError = 1,
    UsageError = 2
};

// Options that only some commands take (--db, --help and --version are global).
enum CommandOption : unsigned
{
    NoOptions = 0,
    YearOption = 1u << 0,
    OutputOption = 1u << 1,
    DelimiterOption = 1u << 2,
    LanguageOption = 1u << 3,
    SeriesOption = 1u << 4,
    MeetingOption = 1u << 5,
    RestrictedTitlesOption = 1u << 6, // --leave-out-restricted-titles
    TableOption = 1u << 7,            // audit --table
    IdOption = 1u << 8,               // audit --id
};

inline QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {
    }

    int run(const QStringList &arguments);

private:
    using Handler = int (Cli::*)(const QStringList &arguments);
    struct Command
    {
        const char *name;
        const char *synopsis;    // arguments and options after the name
        const char *description; // one line for --help
        qsizetype arguments;     // exact number of arguments after the name
        unsigned options;        // CommandOption flags
        Handler handler;
    };
    static std::span<const Command> commands();
    static const Command *findCommand(const QString &name);

    // One function per command.
    int init(const QStringList &arguments);
    int demo(const QStringList &arguments);
    int importCsv(const QStringList &arguments);
    int exportCsv(const QStringList &arguments);
    int exportJson(const QStringList &arguments);
    int importJson(const QStringList &arguments);
    int summary(const QStringList &arguments);
    int check(const QStringList &arguments);
    int backup(const QStringList &arguments);
    int restore(const QStringList &arguments);
    int report(const QStringList &arguments);
    int notice(const QStringList &arguments);
    int minutes(const QStringList &arguments);
    int ics(const QStringList &arguments);
    int audit(const QStringList &arguments); // CliAudit.cpp

    int applyOptions(const QCommandLineParser &parser, const Command &command);
    // `writes`: the command changes the database, so it takes the lock and
    // is refused while someone else has the file open. A command that only
    // reads opens such a file read-only instead.
    std::unique_ptr<Database> openExisting(bool writes);
    std::optional<QByteArray> readInput(const QString &path);
    int writeOutput(const QByteArray &bytes);
    int readLanguage(const QCommandLineParser &parser, const Command &command);
    int readMeetingOptions(const QCommandLineParser &parser, const Command &command);
    int readAuditOptions(const QCommandLineParser &parser, const Command &command);
    // Commands that write a PDF and so need -o FILE.pdf.
    static bool writesPdf(const Command &command);
    // Reads MEETING, the id in the first column of "export meetings".
    std::optional<qint64> meetingId(const QString &argument, const Command &command);
    int printMeetingDocument(const QString &argument, bool minutes);
    int unknownMeeting(const QString &message);
    bool isKnownList(const QString &list);

    int userError(const QString &message);
    int usageError(const QString &message, const Command *command = nullptr);
    QString usageLine(const Command &command) const;
    QString helpText() const;

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    int m_year = 0;
    QString m_outputPath;
    QChar m_delimiter = QLatin1Char(',');
    QString m_language;     // of printed documents; empty: the system's
    QString m_series;       // ics --series
    qint64 m_meetingId = 0; // ics --meeting
    bool m_leaveOutRestrictedTitles = false;
    QString m_auditTable; // audit --table
    QString m_auditKey;   // audit --id
};

} // namespace cli

} // namespace knutepunkt
