#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "guardiandesk.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStorage, "guardiandesk.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "guardiandesk.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIdScan, "guardiandesk.idscan", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPrinting, "guardiandesk.printing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServices, "guardiandesk.services", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "guardiandesk.ui", QtWarningMsg)
