#include "printing/WaiverFormRenderer.h"

#include "printing/LetterCommon.h"
#include "printing/LetterTexts.h"
#include "printing/QrCodeRenderer.h"

using namespace Qt::Literals::StringLiterals;

namespace gd::letters {

namespace {

const QColor kGrey(70, 70, 70);

class WaiverPainter {
public:
    WaiverPainter(PageCanvas& canvas, const LetterTexts& tx, const WaiverFormContent& form)
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
                return Error::badInput(u"The waiver's case barcode could not be drawn: %1"_s.arg(qr.message()));
            code = *qr;
        }
        for (qreal s : {1.0, 0.95, 0.9, 0.85, 0.8, 0.75}) {
            if (body(s, false) <= area.height() - officeHeight()) {
                if (Status ok = startPage(); !ok)
                    return ok;
                if (f.specimen)
                    c.watermark(QRectF(0, 0, c.page().width(), c.page().height()), u"SPECIMEN"_s);
                body(s, true);
                office(true);
                return {};
            }
        }
        return Error::badInput(u"The waiver form's text does not fit its page (%1)."_s.arg(c.language().englishName));
    }

private:
    qreal para(const QString& text, const QFont& font, qreal x, qreal y, qreal width, bool paint, bool fixed,
               Qt::Alignment align = Qt::AlignLeft)
    {
        const TextBlock b = c.layout(text, font, width, align, std::nullopt, fixed);
        if (paint)
            c.draw(b, QPointF(x, y));
        return b.height;
    }

    qreal officeHeight() const { return 80; }

    // The e-mail option only when the school has an address to print: a parent cannot return
    // the form "by e-mail" without one.
    QString returnStep() const
    {
        const QString email = f.school.email.trimmed();
        if (email.isEmpty())
            return tx.translate("WaiverForm", "Return the form and the copy to the school office by mail.");
        return tx.translate("WaiverForm", "Return the form and the copy to the school office by mail, or by e-mail to %1 "
                                          "as a clear scan or photo.")
            .arg(inSentence(email));
    }

    qreal body(qreal s, bool paint)
    {
        qreal y = area.top();
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
        y += para(tx.translate("WaiverForm", "Request to Mail Your Parent Portal Key"), c.font(16 * s, true), area.left(), y,
                  area.width(), paint, true);
        y += 5 * s;
        const QFont text = c.font(9.5 * s);
        y += para(tx.translate("WaiverForm",
                               "To protect students, the school gives parent portal keys only to a parent or guardian "
                               "in school records, in person, after checking a photo ID. If you cannot come to the "
                               "school, use this form to ask the school to mail your key to your address in school records."),
                  text, area.left(), y, area.width(), paint, true);
        y += 8 * s;
        y += para(tx.translate("WaiverForm", "How to use this form"), c.font(10.5 * s, true), area.left(), y, area.width(),
                  paint, true);
        y += 2 * s;
        const QString steps[] = {
            tx.translate("WaiverForm", "Check the details below, fill in what is missing, and sign the form."),
            tx.translate("WaiverForm", "Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID."),
            returnStep(),
            tx.translate("WaiverForm", "When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message."),
        };
        const qreal num = 13 * s;
        for (int i = 0; i < 4; ++i) {
            const QRectF n = c.flow(QRectF(area.left(), 0, num, 1));
            const QRectF t = c.flow(QRectF(area.left() + num, 0, area.width() - num, 1));
            para(c.language().locale.toString(i + 1) + u'.', c.font(9.5 * s, true), n.left(), y, n.width(), paint, false);
            y += para(steps[i], text, t.left(), y, t.width(), paint, true) + 2 * s;
        }
        y += 8 * s;

        // The details, pre-filled or blank.
        const qreal half = (area.width() - 18) / 2;
        const QRectF left = c.flow(QRectF(area.left(), 0, half, 1));
        const QRectF right = c.flow(QRectF(area.left() + half + 18, 0, half, 1));
        const QStringList address = addressLines(f.address);
        y += field(tx.translate("WaiverForm", "Parent or guardian name"), f.guardianName, area.left(), y, area.width(), s, paint);
        y += field(tx.translate("WaiverForm", "Mailing address in school records"), address.mid(0, address.size() - 1).join(u", "_s),
                   area.left(), y, area.width(), s, paint);
        y += field(QString(), address.isEmpty() ? QString() : address.back(), area.left(), y, area.width(), s, paint);
        if (paint)
            c.setColor(kGrey);
        y += para(tx.translate("WaiverForm", "The key is mailed only to this address. If it has changed, ask the school to update it first."),
                  c.font(8 * s), area.left(), y, area.width(), paint, true);
        if (paint)
            c.setColor(Qt::black);
        y += 4 * s;
        {
            const QString phone = tx.translate("WaiverForm", "Phone");
            const QString email = tx.translate("WaiverForm", "E-mail");
            const qreal labels = std::max(fieldLabelHeight(c, phone, left.width(), 7.5 * s),
                                          fieldLabelHeight(c, email, right.width(), 7.5 * s));
            const qreal h1 = field(phone, f.phone, left.left(), y, left.width(), s, paint, labels);
            const qreal h2 = field(email, f.email, right.left(), y, right.width(), s, paint, labels);
            y += std::max(h1, h2);
        }
        QStringList students;
        for (const QString& n : f.studentNames)
            students << plain(n);
        y += field(tx.translate("WaiverForm", "Students"), students.join(u", "_s), area.left(), y, area.width(), s, paint);
        y += field(tx.translate("WaiverForm", "Your relationship to the students"), relationshipLabel(tx, f.relationship), area.left(), y,
                   area.width(), s, paint);
        y += 6 * s;

        // Enclosure, declaration, signature.
        const qreal box = 10 * s;
        const QRectF boxRect = c.flow(QRectF(area.left(), y + 1, box, box));
        if (paint)
            c.checkbox(boxRect.topLeft(), box, false);
        const QRectF encl = c.flow(QRectF(area.left() + box + 6, 0, area.width() - box - 6, 1));
        y += para(tx.translate("WaiverForm", "I have enclosed a copy of my photo ID (front and back)."), text, encl.left(), y,
                  encl.width(), paint, true);
        y += 6 * s;
        y += para(tx.translate("WaiverForm",
                               "I am a parent or legal guardian of the students named above. I ask the school to mail "
                               "my parent portal access key to my address in school records. I will not share the key "
                               "with anyone."),
                  c.font(9.5 * s, true), area.left(), y, area.width(), paint, true);
        y += 4 * s;
        const qreal wSig = area.width() * 0.62;
        const QRectF sig = c.flow(QRectF(area.left(), 0, wSig, 1));
        const QRectF date = c.flow(QRectF(area.left() + wSig + 18, 0, area.width() - wSig - 18, 1));
        {
            const QString signature = tx.translate("WaiverForm", "Signature");
            const QString dateLabel = tx.translate("WaiverForm", "Date");
            const qreal labels = std::max(fieldLabelHeight(c, signature, sig.width(), 7.5 * s),
                                          fieldLabelHeight(c, dateLabel, date.width(), 7.5 * s));
            const qreal hs = field(signature, QString(), sig.left(), y, sig.width(), s, paint, labels);
            field(dateLabel, QString(), date.left(), y, date.width(), s, paint, labels);
            y += hs + 2 * s;
        }
        // Where to send it.
        const QString returnTo = tx.translate("WaiverForm", "Return to: %1")
                                     .arg(inSentence(QStringList{plain(f.school.schoolName)}.join(QString()) + u", "_s
                                                     + addressLines(f.school.address).join(u", "_s)));
        y += para(returnTo, c.font(9 * s, true), area.left(), y, area.width(), paint, false);
        return y - area.top();
    }

    qreal field(const QString& label, const QString& value, qreal x, qreal y, qreal width, qreal s, bool paint,
                qreal labelHeight = 0)
    {
        if (!paint)
            return std::max(fieldLabelHeight(c, label, width, 7.5 * s), labelHeight) + 10.5 * s * 1.9 + 4;
        return drawField(c, label, value, QPointF(x, y), width, 7.5 * s, 10.5 * s, labelHeight);
    }

    void office(bool)
    {
        const qreal top = area.bottom() - officeHeight();
        const QRectF box(area.left(), top, area.width(), officeHeight());
        c.setColor(QColor(60, 60, 60));
        c.frame(box, 1.0, Qt::DashLine);
        c.setColor(Qt::black);
        const qreal pad = 8;
        qreal y = top + pad;
        y += drawOfficeHeading(c, tx, QPointF(box.left() + pad, y), box.width() - 2 * pad);
        y += 4;
        const qreal w = (box.width() - 2 * pad - 3 * 14) / 4;
        const QString labels[] = {u"Received on"_s, u"ID copy checked by"_s, u"ID type"_s, u"Reference number"_s};
        for (int i = 0; i < 4; ++i) {
            const QString value = i == 3 ? plain(f.caseReference) : QString();
            officeField(c, labels[i], value, QPointF(box.left() + pad + i * (w + 14), y), w);
        }
        y += 28;
        officeText(c, u"Verify the ID copy as at the counter, then issue the key and mail it only to the address in school records."_s,
                   QPointF(box.left() + pad, y), box.width() - 2 * pad, 7);
    }

    PageCanvas& c;
    const LetterTexts& tx;
    const WaiverFormContent& f;
    QRectF area;
    QImage code;
};

} // namespace

Status WaiverFormRenderer::validate(const WaiverFormContent& form)
{
    if (form.caseCode.size() > 300)
        return Error::badInput(u"The waiver's case code is too long for its barcode (at most 300 bytes)."_s);
    if (!form.caseCode.isEmpty() && form.caseReference.trimmed().isEmpty())
        return Error::badInput(u"A waiver with a case barcode needs the case reference printed under it."_s);
    return {};
}

Status WaiverFormRenderer::draw(PageCanvas& canvas, const LetterTexts& texts, const WaiverFormContent& form,
                                const std::function<Status()>& startPage)
{
    if (Status ok = validate(form); !ok)
        return ok;
    return WaiverPainter(canvas, texts, form).draw(startPage);
}

} // namespace gd::letters
