#pragma once

#include "util/Result.h"

#include <QString>

class QPagedPaintDevice;

namespace knutepunkt {

// A document the user can preview, print or export as PDF: the annual
// summary, a meeting notice, minutes. The same pages whatever the device.
class PrintableDocument
{
public:
    virtual ~PrintableDocument() = default;

    virtual int pageCount() const = 0;
    virtual void print(QPagedPaintDevice &device) const = 0;
    // A4, PDF/A-1b, written atomically: a failed write leaves the old file.
    // Owner-only, and refused like checkPrivacy() refuses.
    virtual Status writePdf(const QString &fileName) const = 0;
    // Whether the document may be printed at all: not when it holds what
    // looks like a national identity number (the message says where).
    virtual Status checkPrivacy() const = 0;
    // A file name without folder, e.g. "Oppsummering 2020.pdf".
    virtual QString suggestedFileName() const = 0;
};

} // namespace knutepunkt
