#pragma once

#include "app/api/apierror.h"

// What a failed request that changes data means for the data.
namespace ChangeOutcome {

// The change may or may not have been made: the request left, but no readable answer came
// back (timeout, a connection broken after sending, a cancel after sending, an unreadable 2xx,
// a gateway that gave up: 502/504). Only reading the data again can tell, and a person must
// decide; sending again blindly could do it twice. A refused connection also lands here
// (ApiError does not tell it apart); reading the data again then fails too, and says so.
inline bool isUnknown(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::BadResponse:
        return true;
    case ApiError::Kind::Server:
        return error.httpStatus == 502 || error.httpStatus == 504;
    default:
        return false;
    }
}

} // namespace ChangeOutcome
