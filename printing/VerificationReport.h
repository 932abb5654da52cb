#pragma once

#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

class QIODevice;

namespace gd::reports {

// A verification-log report as the administrator reads it: words, not codes. The service that
// fills it (VerificationLogExport) reads the log; this side only draws.
struct ReportCount {
    QString label;
    qint64 count = 0;
};
struct ReportDay {
    QDate date;
    qint64 verified = 0;
    qint64 refused = 0;
};
struct VerificationReportContent {
    QString district;
    QString school;
    QDate from;
    QDate to;
    QString filters; // "All staff, all methods" or what was chosen
    QString generatedAt; // local time, as people read it
    QString deviceId;
    qint64 verified = 0;
    qint64 refused = 0;
    QList<ReportDay> perDay;
    QList<ReportCount> byMethod;
    QList<ReportCount> byIdType;
    QList<ReportCount> refusalsByReason;
    QList<ReportCount> bySchool;
};

// Draws the report as a PDF (US Letter) into `out`: totals, verifications over time (per day,
// per week or per month, whichever fits the period), by method, by ID type, refusals by reason
// and by school, each as a chart with its numbers. Returns the number of pages.
Result<int> renderVerificationReport(QIODevice* out, const VerificationReportContent& content);

// How the time chart groups a period of `days` days: 1 (days), 7 (weeks) or 31 (months).
int reportBucketDays(qint64 days);

} // namespace gd::reports
