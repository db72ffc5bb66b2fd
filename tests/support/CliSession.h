#pragma once

// knutepunkt-cli (or the desktop program) run as a user runs it: the real
// binary in a separate process, in a fresh folder, with a plain C locale.
#include "support/TempDir.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>
#include <initializer_list>

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// A fresh folder to work in and a way to run the program there. Relative
// file names in arguments are relative to the folder.
class Session
{
public:
    Outcome run(const QStringList &arguments,
                const QString &program = QStringLiteral(KNUTEPUNKT_CLI),
                const QString &lang = QStringLiteral("C")) const
    {
        QProcessEnvironment env = m_environment;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), lang);
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        // The default database lives under XDG_DATA_HOME: keep it in the
        // test folder so no test can ever touch a real user's data.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path(QStringLiteral("xdg-config")));

        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.root());
        process.start(program, arguments);
        INFO(QString(program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '))).toStdString());
        REQUIRE(process.waitForStarted(30000));
        REQUIRE(process.waitForFinished(120000));
        REQUIRE(process.exitStatus() == QProcess::NormalExit);
        return Outcome{process.exitCode(), process.readAllStandardOutput(),
                       process.readAllStandardError()};
    }

    // Runs and requires success, showing stderr when it fails.
    Outcome ok(const QStringList &arguments,
               const QString &program = QStringLiteral(KNUTEPUNKT_CLI)) const
    {
        Outcome outcome = run(arguments, program);
        INFO(outcome.errText().toStdString());
        REQUIRE(outcome.exitCode == 0);
        return outcome;
    }

    QString path(const QString &name) const { return m_dir.path(name); }
    // Variables for every later run (e.g. a file-system type for the test).
    void setVariable(const QString &name, const QString &value)
    {
        m_environment.insert(name, value);
    }

    QByteArray read(const QString &name) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    void write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
    }

private:
    TempDir m_dir;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
};

inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *item : list)
        result << QString::fromUtf8(item);
    return result;
}
