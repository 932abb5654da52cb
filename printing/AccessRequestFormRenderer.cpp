#include "printing/AccessRequestFormRenderer.h"

#include "printing/LetterCommon.h"
#include "printing/LetterTexts.h"
#include "printing/QrCodeRenderer.h"

using namespace Qt::Literals::StringLiterals;

namespace gd::letters {

namespace {

const QColor kGrey(70, 70, 70);

// The form's box for another document is followed by a blank to write it on.
QString idTypeLabel(IdType t)
{
    return t == IdType::Other ? idTypeName(t) + u":"_s : idTypeName(t);
}

class RequestPainter {
public:
    RequestPainter(PageCanvas& canvas, const LetterTexts& tx, const AccessRequestContent& form)
        : c(canvas), tx(tx), f(form)
    {
        const qreal m = in(0.6);
        area = QRectF(m, in(0.5), c.page().width() - 2 * m, c.page().height() - in(0.5) - in(0.45));
    }

    Status draw(const std::function<Status()>& startPage)
    {
        if (!f.caseCode.isEmpty()) {
            auto qr = QrCodeRenderer::renderBitmap(f.caseCode);
            if (!qr)
                return Error::badInput(u"The access request form's case barcode could not be drawn: %1"_s.arg(qr.message()));
            code = *qr;
        }
        for (qreal s : {1.0, 0.95, 0.9, 0.85, 0.8, 0.75}) {
            if (body(s, false) <= area.height() - kOfficeHeight) {
                if (Status ok = startPage(); !ok)
                    return ok;
                if (f.specimen)
                    c.watermark(QRectF(0, 0, c.page().width(), c.page().height()), u"SPECIMEN"_s);
                body(s, true);
                office();
                return {};
            }
        }
        return Error::badInput(u"The access request form's text does not fit its page (%1)."_s.arg(c.language().englishName));
    }

private:
    static constexpr qreal kOfficeHeight = 150;

    qreal para(const QString& text, const QFont& font, qreal x, qreal y, qreal width, bool paint, bool fixed)
    {
        const TextBlock b = c.layout(text, font, width, Qt::AlignLeft, std::nullopt, fixed);
        if (paint)
            c.draw(b, QPointF(x, y));
        return b.height;
    }

    qreal field(const QString& label, const QString& value, const QRectF& col, qreal y, qreal s, bool paint,
                qreal labelHeight = 0)
    {
        if (!paint)
            return std::max(fieldLabelHeight(c, label, col.width(), 7.5 * s), labelHeight) + 10.5 * s * 1.9 + 4;
        return drawField(c, label, value, QPointF(col.left(), y), col.width(), 7.5 * s, 10.5 * s, labelHeight);
    }

    // Fields side by side on one writing line.
    qreal row(const QList<QPair<QString, QString>>& fields, const QList<QRectF>& cols, qreal y, qreal s, bool paint)
    {
        qreal labels = 0;
        for (qsizetype i = 0; i < fields.size(); ++i)
            labels = std::max(labels, fieldLabelHeight(c, fields[i].first, cols[i].width(), 7.5 * s));
        qreal h = 0;
        for (qsizetype i = 0; i < fields.size(); ++i)
            h = std::max(h, field(fields[i].first, fields[i].second, cols[i], y, s, paint, labels));
        return h;
    }

    // Columns across the text area as fractions of its width, mirrored in right-to-left.
    QList<QRectF> columns(const QList<qreal>& fractions, qreal gap = 14) const
    {
        QList<QRectF> out;
        const qreal usable = area.width() - gap * (fractions.size() - 1);
        qreal x = area.left();
        for (qreal fr : fractions) {
            out << c.flow(QRectF(x, 0, usable * fr, 1));
            x += usable * fr + gap;
        }
        return out;
    }

    qreal body(qreal s, bool paint)
    {
        qreal y = area.top();
        // The case code sits beside the school heading, as on the request to mail the key, so a
        // returned form opens its case when scanned.
        const qreal codeColumn = code.isNull() ? 0 : in(1.5);
        const QRectF head = c.flow(QRectF(area.left(), 0, area.width() - codeColumn, 1));
        y += drawSchoolHeading(c, tx, f.school, QRectF(head.left(), y, head.width(), in(1.2)), paint);
        if (paint && !code.isNull()) {
            const QRectF col = c.flow(QRectF(area.right() - codeColumn, 0, codeColumn, 1));
            const qreal size = in(1.1);
            const QRectF qr(col.left() + (col.width() - size) / 2, area.top(), size, size);
            c.image(qr, code);
            c.setColor(kGrey);
            const QString ref = tx.translate("WaiverForm", "Reference number: %1").arg(inSentence(f.caseReference));
            c.text(ref, c.font(7.5), QPointF(col.left(), qr.bottom() + 1), col.width(), Qt::AlignHCenter);
            c.setColor(Qt::black);
        }
        y = std::max(y, area.top() + (code.isNull() ? 0 : in(1.3)));
        y += 10 * s;
        y += para(tx.translate("AccessRequestForm", "Parent Portal Access Request"), c.font(16 * s, true), area.left(), y,
                  area.width(), paint, true);
        y += 5 * s;
        const QFont text = c.font(9.5 * s);
        y += para(tx.translate("AccessRequestForm",
                               "The parent portal lets parents and guardians see their child’s attendance, grades, "
                               "report cards, classes and contact details online. To protect students, the school "
                               "gives access only to a parent or guardian in school records, after checking a photo ID."),
                  text, area.left(), y, area.width(), paint, true);
        y += 7 * s;
        y += para(tx.translate("AccessRequestForm", "Keep your access private"), c.font(10.5 * s, true), area.left(), y,
                  area.width(), paint, true);
        y += 2 * s;
        const QString tips[] = {
            tx.translate("AccessRequestForm", "Never give your password or access key to anyone."),
            tx.translate("AccessRequestForm", "Do not write your password where others can see it."),
            tx.translate("AccessRequestForm", "Sign out and close the browser when you are done, above all on a shared computer."),
            tx.translate("AccessRequestForm", "Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday."),
        };
        const qreal bullet = 11 * s;
        for (const QString& tip : tips) {
            const QRectF b = c.flow(QRectF(area.left(), 0, bullet, 1));
            const QRectF t = c.flow(QRectF(area.left() + bullet, 0, area.width() - bullet, 1));
            para(u"\u2022"_s, text, b.left(), y, b.width(), paint, true);
            y += para(tip, text, t.left(), y, t.width(), paint, true) + 1 * s;
        }
        y += 8 * s;
        y += para(tx.translate("AccessRequestForm", "Please write clearly in capital letters"), c.font(10.5 * s, true), area.left(), y, area.width(),
                  paint, true);
        y += 2 * s;

        y += field(tx.translate("AccessRequestForm", "School"), f.school.schoolName, area, y, s, paint);
        // The students, at least three rows.
        const auto cols = columns({0.22, 0.32, 0.1, 0.36});
        const QString heads[] = {
            tx.translate("AccessRequestForm", "Student ID"), tx.translate("AccessRequestForm", "Student’s first name"),
            tx.translate("AccessRequestForm", "Middle initial"), tx.translate("AccessRequestForm", "Student’s last name"),
        };
        const qsizetype rows = std::max<qsizetype>(3, f.students.size());
        for (qsizetype r = 0; r < rows; ++r) {
            const AccessRequestContent::StudentLine line = r < f.students.size() ? f.students[r] : AccessRequestContent::StudentLine{};
            y += row({{r == 0 ? heads[0] : QString(), line.studentId}, {r == 0 ? heads[1] : QString(), line.firstName},
                      {r == 0 ? heads[2] : QString(), line.middleInitial}, {r == 0 ? heads[3] : QString(), line.lastName}},
                     cols, y, s, paint);
        }
        const auto two = columns({0.6, 0.4});
        y += row({{tx.translate("AccessRequestForm", "Parent or guardian name"), f.guardianName},
                  {tx.translate("AccessRequestForm", "Relationship to the student"), relationshipLabel(tx, f.relationship)}}, two, y, s, paint);
        y += field(tx.translate("AccessRequestForm", "Home address"), addressLines(f.address).join(u", "_s), area, y, s, paint);
        y += row({{tx.translate("AccessRequestForm", "Home phone"), f.homePhone},
                  {tx.translate("AccessRequestForm", "Mobile phone"), f.mobilePhone}}, two, y, s, paint);
        y += row({{tx.translate("AccessRequestForm", "E-mail"), f.email},
                  {tx.translate("AccessRequestForm", "Preferred language"), f.preferredLanguage}}, two, y, s, paint);
        y += row({{tx.translate("AccessRequestForm", "Signature"), QString()}, {tx.translate("AccessRequestForm", "Date"), QString()}},
                 two, y, s, paint);
        y += 4 * s;
        y += para(tx.translate("AccessRequestForm",
                               "Bring this form and your photo ID to the school office. Staff will check your identity "
                               "and give you your access key in person."),
                  c.font(9.5 * s, true), area.left(), y, area.width(), paint, true);
        return y - area.top();
    }

    void office()
    {
        const qreal top = area.bottom() - kOfficeHeight + 6;
        const QRectF box(area.left(), top, area.width(), kOfficeHeight - 6);
        c.setColor(QColor(60, 60, 60));
        c.frame(box, 1.0);
        c.setColor(Qt::black);
        const qreal pad = 8;
        const qreal inner = box.width() - 2 * pad;
        qreal y = top + pad;
        y += drawOfficeHeading(c, tx, QPointF(box.left() + pad, y), inner);
        y += officeText(c, u"The staff member signing below confirms that the identity of the parent or guardian was "
                           "checked against a photo ID."_s,
                        QPointF(box.left() + pad, y + 1), inner, 7.5);
        y += 5;
        const qreal w = (inner - 2 * 14) / 3;
        const QString date = f.verifiedOn.isValid() ? f.verifiedOn.toString(u"MM/dd/yyyy"_s) : QString();
        officeField(c, u"Date"_s, date, QPointF(box.left() + pad, y), w);
        officeField(c, u"Verified by (print name)"_s, f.verifiedBy, QPointF(box.left() + pad + w + 14, y), w);
        officeField(c, u"Signature"_s, QString(), QPointF(box.left() + pad + 2 * (w + 14), y), w);
        y += 32;
        officeText(c, u"ID type checked (check one):"_s, QPointF(box.left() + pad, y), inner, 7.5, true);
        y += 12;
        const QList<IdType> types = allIdTypes();
        const int perRow = 4;
        const qreal cell = inner / perRow;
        for (int i = 0; i < types.size(); ++i) {
            const qreal x = box.left() + pad + (i % perRow) * cell;
            const qreal rowY = y + (i / perRow) * 16;
            const bool checked = f.idTypeChecked && *f.idTypeChecked == types[i];
            c.checkbox(QPointF(x, rowY + 1), 8, checked);
            QString label = idTypeLabel(types[i]);
            officeText(c, label, QPointF(x + 12, rowY), cell - 14, 7.5);
            if (types[i] == IdType::Other) {
                const qreal lineX = x + 42;
                c.setColor(QColor(120, 120, 120));
                c.line(QPointF(lineX, rowY + 10), QPointF(box.right() - pad, rowY + 10), 0.5);
                c.setColor(Qt::black);
                if (checked && !f.idOtherDescription.isEmpty())
                    officeText(c, plain(f.idOtherDescription), QPointF(lineX + 2, rowY - 1), box.right() - pad - lineX, 8.5);
            }
        }
    }

    PageCanvas& c;
    const LetterTexts& tx;
    const AccessRequestContent& f;
    QRectF area;
    QImage code;
};

} // namespace

Status AccessRequestFormRenderer::validate(const AccessRequestContent& form)
{
    if (form.students.size() > 6)
        return Error::badInput(u"The access request form has room for 6 students, not %1."_s.arg(form.students.size()));
    if (form.idTypeChecked && *form.idTypeChecked == IdType::Other && form.idOtherDescription.trimmed().isEmpty())
        return Error::badInput(u"An \"other\" ID type needs its description."_s);
    if (form.caseCode.size() > 300)
        return Error::badInput(u"The access request form's case code is too long for its barcode (at most 300 bytes)."_s);
    if (!form.caseCode.isEmpty() && form.caseReference.trimmed().isEmpty())
        return Error::badInput(u"An access request form with a case barcode needs the case reference printed under it."_s);
    return {};
}

Status AccessRequestFormRenderer::draw(PageCanvas& canvas, const LetterTexts& texts, const AccessRequestContent& form,
                                       const std::function<Status()>& startPage)
{
    if (Status ok = validate(form); !ok)
        return ok;
    return RequestPainter(canvas, texts, form).draw(startPage);
}

} // namespace gd::letters
