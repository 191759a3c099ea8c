package uk.council.complaints.api;

/** A query parameter the API cannot use: answered 400 problem details naming it (ApiErrors). */
class ApiBadRequest extends RuntimeException {
    private final String parameter;

    ApiBadRequest(String parameter) {
        super(parameter, null, false, false);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
