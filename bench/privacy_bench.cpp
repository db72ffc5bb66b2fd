// How long the privacy guard takes on text of the sizes people type, to show
// it is cheap enough to run on every keystroke. Prints microseconds per check.
#include "privacy/IdentityNumber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace knutepunkt;

namespace {

double microsecondsPerCheck(const QString &text, int repetitions)
{
    QElapsedTimer timer;
    timer.start();
    int found = 0;
    for (int i = 0; i < repetitions; ++i)
        found += privacy::findIdentityNumber(text).has_value() ? 1 : 0;
    const double elapsed = double(timer.nsecsElapsed()) / 1000.0;
    Q_UNUSED(found);
    return elapsed / repetitions;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString sentence = QStringLiteral(
        "Møte med Strømsø skole 14.10.2020 kl. 09.00, sak 20/41273-1, tlf. 400 00 000. ");
    out << "privacy guard: microseconds per check (findIdentityNumber)\n";
    for (int sentences : {1, 10, 100, 1000}) {
        const QString text = sentence.repeated(sentences);
        const int repetitions = qMax(20, 200000 / sentences);
        out << QStringLiteral("%1 characters: %2 us\n")
                   .arg(text.size(), 7)
                   .arg(microsecondsPerCheck(text, repetitions), 0, 'f', 2);
    }
    return 0;
}
