// Replays a fuzzer's seed corpus and the inputs that once crashed it (regressions/) through the
// same LLVMFuzzerTestOneInput, in the ordinary test run with any compiler: a fixed crash stays
// fixed without clang. A failing input aborts, which fails the test.
#include "FuzzTarget.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main()
{
    int replayed = 0;
    for (const char* folder : {"corpus", "regressions"}) {
        QDirIterator it(QStringLiteral(GD_FUZZ_DIR) + u'/' + QLatin1StringView(folder) + u'/'
                            + QStringLiteral(GD_FUZZ_NAME),
                        QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray input = f.readAll();
            std::printf("replay %s\n", qPrintable(f.fileName()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()), std::size_t(input.size()));
            ++replayed;
        }
    }
    std::printf("%d inputs replayed\n", replayed);
    return replayed > 0 ? 0 : 1;   // no seeds is a broken set-up, not a pass
}
