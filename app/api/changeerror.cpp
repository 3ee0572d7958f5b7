// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/api/changeerror.h"

QString ChangeError::sentence(const ApiError &error) {
    if (error.outcome == ChangeOutcome::Unknown) {
        return tr("No answer came back that says whether the change was made, so it may or may "
                  "not have been made. Check the customer before trying again, then record what "
                  "you found in the journal (Ctrl+J): until then it is listed at every start.") +
               u'\n' + tr("Details: %1").arg(error.sentence());
    }
    return error.sentence();
}
