#include "app/api/changeerror.h"

bool ChangeError::outcomeUnknown(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::BadResponse:
        return true;
    case ApiError::Kind::Server:
        return error.httpStatus == 502 || error.httpStatus == 504;
    default:
        return false;
    }
}

QString ChangeError::sentence(const ApiError &error) {
    if (outcomeUnknown(error)) {
        return tr("No complete answer came back, so the change may or may not have been made; "
                  "the journal records its outcome as unknown. Check the customer before trying "
                  "again.") +
               u'\n' + tr("Details: %1").arg(error.sentence());
    }
    return error.sentence();
}
