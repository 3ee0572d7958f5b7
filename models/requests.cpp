#include "models/requests.h"

bool CustomerUpdate::isEmpty() const {
    return !key && !email && !name && !surname && !tags && !dateOfBirth;
}
