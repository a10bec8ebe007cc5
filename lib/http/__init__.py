"""The http package. pygen has http.cookies only so far (no client, server or HTTPStatus)."""
