// mappingproxy (types.MappingProxyType): a read-only view of a mapping; every operation is
// delegated to the mapping. CPython counterpart: Objects/descrobject.c (mappingproxy_*).
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject MappingProxyType;   // "mappingproxy"

struct MappingProxyObject : Object {
    Object* mapping;   // strong
};

// mappingproxy(mapping): TypeError "mappingproxy() argument must be a mapping, not int" for
// what CPython's PyMapping_Check refuses (and for lists and tuples).
Object* mappingproxy_new(Object* mapping);

void init_mappingproxy_type();

}  // namespace pygen
