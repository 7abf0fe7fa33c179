using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Azure.Provisioning
{
    public class BicepDictionary<T> : BicepValue,
        IDictionary<string, BicepValue<T>>,
        IDictionary<string, IBicepValue>,
        IReadOnlyDictionary<string, BicepValue<T>>
    {
        public BicepDictionary() { }
        public BicepDictionary(IDictionary<string, BicepValue<T>>? values) { }

        public int Count => throw null!;
        public bool IsReadOnly => throw null!;
        public BicepValue<T> this[string key] { get => throw null!; set => throw null!; }
        public ICollection<string> Keys => throw null!;
        public ICollection<BicepValue<T>> Values => throw null!;

        public void Add(KeyValuePair<string, BicepValue<T>> item) => throw null!;
        public void Add(string key, BicepValue<T> value) => throw null!;
        public void Assign(BicepDictionary<T> source) => throw null!;
        public void Clear() => throw null!;
        public bool Contains(KeyValuePair<string, BicepValue<T>> item) => throw null!;
        public bool ContainsKey(string key) => throw null!;
        public void CopyTo(KeyValuePair<string, BicepValue<T>>[] array, int arrayIndex) => throw null!;
        public IEnumerator<KeyValuePair<string, BicepValue<T>>> GetEnumerator() => throw null!;
        public bool Remove(KeyValuePair<string, BicepValue<T>> item) => throw null!;
        public bool Remove(string key) => throw null!;
        public bool TryGetValue(string key, [MaybeNullWhen(false)] out BicepValue<T> value) => throw null!;

        public static implicit operator BicepDictionary<T>(ProvisioningVariable reference) => throw null!;

        IBicepValue IDictionary<string, IBicepValue>.this[string key] { get => throw null!; set => throw null!; }
        ICollection<IBicepValue> IDictionary<string, IBicepValue>.Values => throw null!;
        IEnumerable<string> IReadOnlyDictionary<string, BicepValue<T>>.Keys => throw null!;
        IEnumerable<BicepValue<T>> IReadOnlyDictionary<string, BicepValue<T>>.Values => throw null!;
        void ICollection<KeyValuePair<string, IBicepValue>>.Add(KeyValuePair<string, IBicepValue> item) => throw null!;
        bool ICollection<KeyValuePair<string, IBicepValue>>.Contains(KeyValuePair<string, IBicepValue> item) => throw null!;
        void ICollection<KeyValuePair<string, IBicepValue>>.CopyTo(KeyValuePair<string, IBicepValue>[] array, int arrayIndex) => throw null!;
        bool ICollection<KeyValuePair<string, IBicepValue>>.Remove(KeyValuePair<string, IBicepValue> item) => throw null!;
        void IDictionary<string, IBicepValue>.Add(string key, IBicepValue value) => throw null!;
        bool IDictionary<string, IBicepValue>.TryGetValue(string key, [MaybeNullWhen(false)] out IBicepValue value) => throw null!;
        IEnumerator<KeyValuePair<string, IBicepValue>> IEnumerable<KeyValuePair<string, IBicepValue>>.GetEnumerator() => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
    }
}
