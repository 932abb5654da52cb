#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "guardiandesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "guardiandesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "guardiandesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIdScan, "guardiandesk.idscan", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPrinting, "guardiandesk.printing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "guardiandesk.ui", QtInfoMsg)
