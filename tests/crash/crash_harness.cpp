// Crash safety, proven by killing: a writer process makes a stream of edits
// and all-or-nothing CSV imports on one database and reports each change
// after it is committed; the harness kills it with SIGKILL at a random
// moment, opens the database as the program would, and checks that every
// reported change is there, that no import is half there, and that SQLite's
// integrity and foreign-key checks pass. Then the next writer continues on
// the same file, so each run also starts from a crashed one.
//
//   crash_harness [--runs N] [--seed S]      the harness; prints its figures
//   crash_harness --writer FILE RUN SEED     one writer (started by the harness)
#include "io/CsvLists.h"
#include "storage/Database.h"
#include "storage/EconomyStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace knutepunkt;

namespace {

constexpr int Year = 2020;

// The writer's protocol, one line per event, flushed at once:
//   READY                   the database is open
//   EDIT purpose            a grant was added (committed)
//   UPDATE purpose amount   its awarded amount was raised to `amount`
//   DELETING purpose        it is about to be removed (not committed)
//   DELETE purpose          it was removed
//   BEGIN batch rows        an import of `rows` grants starts (not committed)
//   IMPORT batch            that import is committed
void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int writer(const QString &path, int run, quint32 seed)
{
    auto opened = Database::open(path);
    if (!opened) {
        std::fputs(qPrintable(opened.error().message + QLatin1Char('\n')), stderr);
        return 2;
    }
    Database &db = **opened;
    EconomyStore economy(db);
    QRandomGenerator random(seed);
    QList<Grant> mine;
    say(QStringLiteral("READY"));
    for (int step = 0;; ++step) {
        const QString name = QStringLiteral("r%1-s%2").arg(run).arg(step);
        const int choice = random.bounded(20);
        if (choice < 9 || mine.isEmpty()) {
            Grant grant;
            grant.year = Year;
            grant.purpose = QStringLiteral("edit ") + name;
            grant.grantor = QStringLiteral("Crash-test fund");
            grant.amountApplied = 100'000 * (1 + random.bounded(100));
            auto id = economy.addGrant(grant);
            if (!id)
                return 3;
            grant.id = *id;
            mine << grant;
            say(QStringLiteral("EDIT ") + grant.purpose);
        } else if (choice < 14) {
            Grant &grant = mine[random.bounded(int(mine.size()))];
            grant.amountAwarded = 100 * step + 100; // grows with every step
            if (!economy.updateGrant(grant))
                return 3;
            say(QStringLiteral("UPDATE %1 %2").arg(grant.purpose).arg(grant.amountAwarded));
        } else if (choice < 17) {
            const Grant grant = mine.takeAt(random.bounded(int(mine.size())));
            say(QStringLiteral("DELETING ") + grant.purpose);
            if (!economy.removeGrant(grant.id))
                return 3;
            say(QStringLiteral("DELETE ") + grant.purpose);
        } else {
            const int rows = 10 + random.bounded(30);
            QByteArray csv = "year,purpose,grantor,department,amount_applied,amount_awarded,status,"
                             "application_deadline,report_deadline,reported_on,notes\n";
            for (int row = 0; row < rows; ++row)
                csv += QStringLiteral("%1,import %2 row %3,Importfondet,,1000,0,planned,,,,\n")
                           .arg(Year)
                           .arg(name)
                           .arg(row)
                           .toUtf8();
            say(QStringLiteral("BEGIN %1 %2").arg(name).arg(rows));
            if (!CsvLists(db).importCsv(QStringLiteral("grants"), csv,
                                        {QLatin1Char(','), QStringLiteral("crash.csv")}))
                return 3;
            say(QStringLiteral("IMPORT ") + name);
        }
    }
}

// What the writers reported, over all runs.
struct Expected
{
    QHash<QString, bool> grants;          // purpose → must exist (false: deleted)
    QString maybeDeleted;                 // a delete that may have been committed
    QHash<QString, qint64> awarded;       // purpose → at least this amount
    QHash<QString, int> importRows;       // batch → rows it has if it is there
    QHash<QString, bool> importCommitted; // batch → reported as committed
};

struct Figures
{
    int runs = 0;
    int killedDuringImport = 0;
    int changesChecked = 0;
    int importsChecked = 0;
    int importsRolledBack = 0;
    QList<qint64> recoveryMs;
    QStringList failures;
};

void readReport(const QByteArray &output, Expected &expected, bool &inImport)
{
    inImport = false;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        const QString word = line.section(QLatin1Char(' '), 0, 0);
        if (word == u"EDIT") {
            expected.grants.insert(line.mid(5), true);
        } else if (word == u"UPDATE") {
            const QString purpose = line.mid(7).section(QLatin1Char(' '), 0, -2);
            expected.awarded.insert(purpose, line.section(QLatin1Char(' '), -1).toLongLong());
        } else if (word == u"DELETING") {
            expected.maybeDeleted = line.mid(9);
        } else if (word == u"DELETE") {
            expected.maybeDeleted.clear();
            expected.grants.insert(line.mid(7), false);
            expected.awarded.remove(line.mid(7));
        } else if (word == u"BEGIN") {
            expected.importRows.insert(line.section(QLatin1Char(' '), 1, 1),
                                       line.section(QLatin1Char(' '), 2, 2).toInt());
            inImport = true;
        } else if (word == u"IMPORT") {
            expected.importCommitted.insert(line.section(QLatin1Char(' '), 1, 1), true);
            inImport = false;
        } else if (!word.isEmpty()) {
            inImport = false;
        }
    }
}

// Opens the database as the program does and checks it against the reports.
void check(const QString &path, Expected &expected, Figures &figures)
{
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(path);
    if (!opened) {
        figures.failures << QStringLiteral("run %1: the database does not open: %2")
                                .arg(figures.runs)
                                .arg(opened.error().message);
        return;
    }
    const QStringList problems = (*opened)->integrityProblems();
    figures.recoveryMs << timer.elapsed();
    for (const QString &problem : problems)
        figures.failures << QStringLiteral("run %1: %2").arg(figures.runs).arg(problem);

    QHash<QString, qint64> stored;
    QHash<QString, int> importedRows;
    for (const Grant &grant : EconomyStore(**opened).grants(Year)) {
        if (grant.purpose.startsWith(u"import ")) {
            ++importedRows[grant.purpose.section(QLatin1Char(' '), 1, 1)];
            continue;
        }
        stored.insert(grant.purpose, grant.amountAwarded);
    }
    // A writer killed between its delete and the report of it: either is right.
    if (!expected.maybeDeleted.isEmpty() && !stored.contains(expected.maybeDeleted)) {
        expected.grants.insert(expected.maybeDeleted, false);
        expected.awarded.remove(expected.maybeDeleted);
    }
    expected.maybeDeleted.clear();
    for (auto it = expected.grants.cbegin(); it != expected.grants.cend(); ++it) {
        ++figures.changesChecked;
        if (stored.contains(it.key()) != it.value())
            figures.failures << QStringLiteral("run %1: \"%2\" should %3 be there")
                                    .arg(figures.runs)
                                    .arg(it.key(), it.value() ? QString() : QStringLiteral("not"));
    }
    for (auto it = expected.awarded.cbegin(); it != expected.awarded.cend(); ++it) {
        ++figures.changesChecked;
        if (stored.value(it.key(), -1) < it.value())
            figures.failures << QStringLiteral("run %1: \"%2\" lost its update to %3")
                                    .arg(figures.runs)
                                    .arg(it.key())
                                    .arg(it.value());
    }
    for (auto it = expected.importRows.cbegin(); it != expected.importRows.cend(); ++it) {
        ++figures.importsChecked;
        const int found = importedRows.value(it.key());
        const bool committed = expected.importCommitted.value(it.key());
        if (found == 0 && !committed)
            continue;
        if (found != it.value() || (committed && found == 0))
            figures.failures << QStringLiteral("run %1: import %2 has %3 of %4 rows")
                                    .arg(figures.runs)
                                    .arg(it.key())
                                    .arg(found)
                                    .arg(it.value());
    }
}

int harness(int runs, quint32 seed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    if (!Database::create(path)) {
        std::fputs("crash_harness: cannot create the database\n", stderr);
        return 2;
    }
    QRandomGenerator random(seed);
    Expected expected;
    Figures figures;
    QElapsedTimer total;
    total.start();
    for (int run = 1; run <= runs; ++run) {
        figures.runs = run;
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--writer"), path, QString::number(run),
                     QString::number(random.generate())});
        QByteArray output;
        // Kill only once the writer has the database open, then at a random
        // moment within its stream of changes.
        while (!output.contains("READY\n") && child.waitForReadyRead(30000))
            output += child.readAllStandardOutput();
        if (!output.contains("READY\n")) {
            figures.failures << QStringLiteral("run %1: the writer did not start: %2")
                                    .arg(run)
                                    .arg(QString::fromUtf8(child.readAllStandardError()));
            break;
        }
        QThread::msleep(random.bounded(5, 150));
        child.kill(); // SIGKILL: no destructor, no rollback, no flush
        child.waitForFinished(30000);
        output += child.readAllStandardOutput();
        if (child.exitStatus() != QProcess::CrashExit)
            figures.failures << QStringLiteral("run %1: the writer stopped by itself (%2): %3")
                                    .arg(run)
                                    .arg(child.exitCode())
                                    .arg(QString::fromUtf8(child.readAllStandardError()));
        bool inImport = false;
        readReport(output, expected, inImport);
        if (inImport)
            ++figures.killedDuringImport;
        check(path, expected, figures);
        if (figures.failures.size() > 20)
            break;
    }
    for (auto it = expected.importRows.cbegin(); it != expected.importRows.cend(); ++it) {
        if (!expected.importCommitted.value(it.key()))
            ++figures.importsRolledBack;
    }

    std::sort(figures.recoveryMs.begin(), figures.recoveryMs.end());
    QTextStream out(stdout);
    const qint64 median =
        figures.recoveryMs.isEmpty() ? 0 : figures.recoveryMs.at(figures.recoveryMs.size() / 2);
    const qint64 worst = figures.recoveryMs.isEmpty() ? 0 : figures.recoveryMs.last();
    out << QStringLiteral("crash harness (seed %1): %2 writers killed with SIGKILL in %3 s\n")
               .arg(seed)
               .arg(figures.runs)
               .arg(double(total.elapsed()) / 1000, 0, 'f', 1)
        << QStringLiteral("  killed in the middle of an import: %1\n")
               .arg(figures.killedDuringImport)
        << QStringLiteral("  committed changes checked after each kill: %1 (in all)\n")
               .arg(figures.changesChecked)
        << QStringLiteral("  imports checked: %1, of which never committed (and absent): %2\n")
               .arg(figures.importsChecked)
               .arg(figures.importsRolledBack)
        << QStringLiteral("  open + integrity check after a kill: median %1 ms, worst %2 ms\n")
               .arg(median)
               .arg(worst)
        << QStringLiteral("  problems: %1\n").arg(figures.failures.size());
    for (const QString &failure : std::as_const(figures.failures))
        out << QStringLiteral("  FAILED ") << failure << '\n';
    out.flush();
    return figures.failures.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 5 && arguments.at(1) == u"--writer")
        return writer(arguments.at(2), arguments.at(3).toInt(), arguments.at(4).toUInt());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Kills database writers and checks what is left."));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("How many kills."),
                                  QStringLiteral("N"), QStringLiteral("200"));
    QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("S"));
    parser.addOption(runsOption);
    parser.addOption(seedOption);
    parser.process(app);
    const quint32 seed = parser.isSet(seedOption) ? parser.value(seedOption).toUInt()
                                                  : QRandomGenerator::system()->generate();
    return harness(std::max(1, parser.value(runsOption).toInt()), seed);
}
