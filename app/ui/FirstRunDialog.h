#pragma once

#include "core/Staff.h"

#include "ui/StartDialog.h"

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace gd {

class StaffService;

// Shown while no staff account exists: creates the first administrator with a password
// chosen now (there is no default password). StaffService::passwordProblem is shown live.
class FirstRunDialog : public StartDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(StaffService& staff, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    // The administrator created; valid once accepted.
    const StaffMember& administrator() const { return m_admin; }
    QString problem() const;

public Q_SLOTS:
    void create();

private:
    // The first reason the form cannot be submitted yet, or empty.
    QString currentProblem() const;
    void updateState();

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    StaffService& m_staff;
    StaffMember m_admin;
    QString m_serviceError;
};

} // namespace gd
