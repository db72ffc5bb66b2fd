#pragma once

#include <QByteArray>
#include <QtGlobal>

// The audit log names the operating system's user; a test chooses it for as
// long as this object lives.
class UserName
{
public:
    explicit UserName(const char *name)
        : m_saved(qgetenv("USER"))
    {
        qputenv("USER", name);
    }
    ~UserName() { qputenv("USER", m_saved); }
    UserName(const UserName &) = delete;
    UserName &operator=(const UserName &) = delete;

private:
    QByteArray m_saved;
};
