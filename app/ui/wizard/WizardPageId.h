#pragma once

namespace gd {

// The wizard's pages in the order of the verification flow; a page's nextId() picks among them.
enum WizardPageId {
    StudentAdultPageId,
    EligibilityPageId,
    MethodPageId,
    IdDocumentPageId,
    ChecksPageId,
    SecurityQuestionsPageId,
    AttestationPageId,
    OutcomePageId,
    KeysPageId,
    KeysIssuedPageId,
};

} // namespace gd
